using Dundian.Core.Accounts;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.FieldWork;

/// <summary>Recording stays: who may record for whom, and bad input refused in Chinese with nothing saved.</summary>
public abstract class FieldLogServiceTests(CampaignDatabase data)
{
    private static FieldLogInput Stay(TestCampaign t, int day, int days = 1) => new()
    {
        ParticipantId = t.Member.Id, VillageId = t.Village.Id,
        StartDate = TestCampaign.April1.AddDays(day), EndDate = TestCampaign.April1.AddDays(day + days - 1),
        HouseholdsVisited = 5, Talks = 3, ConsolationHouseholds = 1, ConsolationAmountYuan = 500.50m,
    };

    private static StaffActor CadreOf(TestCampaign t) => CampaignDatabase.Actor(t.MemberUser, StaffRole.Cadre, t.Village.Path);

    [Fact]
    public async Task A_cadre_records_his_own_stay()
    {
        await using var scope = data.NewScope();
        var (db, service) = Services(scope);
        var t = await TestCampaign.CreateAsync(db);
        var log = await service.RecordAsync(CadreOf(t), Stay(t, 2, 3) with { Location = "  村委会  ", Notes = " " });
        var saved = await db.FieldLogs.AsNoTracking().SingleAsync(l => l.Id == log.Id);
        Assert.Equal((t.Campaign.Id, t.Village.Path, 3), (saved.CampaignId, saved.VillagePath, saved.Days));
        Assert.Equal(500.50m, saved.ConsolationAmountYuan);
        Assert.Equal(50050, saved.ConsolationAmountFen);
        Assert.Equal("村委会", saved.Location);
        Assert.Null(saved.Notes);
        Assert.Equal(t.MemberUser.Id, saved.CreatedByUserId);
    }

    [Fact]
    public async Task A_group_lead_records_for_a_member_and_an_office_for_anyone_in_its_scope()
    {
        await using var scope = data.NewScope();
        var (db, service) = Services(scope);
        var t = await TestCampaign.CreateAsync(db);
        var town = await CampaignDatabase.UnitAsync(db, "大徐镇");
        await service.RecordAsync(CampaignDatabase.Actor(t.LeaderUser, StaffRole.GroupLead, t.Village.Path), Stay(t, 4));
        await service.RecordAsync(CampaignDatabase.Actor(data.Lead, StaffRole.CampaignOffice, town.Path), Stay(t, 5));
        Assert.Equal(2, await db.FieldLogs.CountAsync(l => l.ParticipantId == t.Member.Id));
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "ends-before-start", "EndDate", "结束日期不能早于开始日期" },
        { "negative-count", "HouseholdsVisited", "走访农户数不能为负数" },
        { "negative-money", "ConsolationAmountYuan", "慰问金不能为负数" },
        { "village-not-assigned", "VillageId", "降渚村在该期间不是" },
        { "outside-assignment-dates", "VillageId", "在该期间不是" },
        { "not-a-village", "VillageId", "必须是一个村(社区)" },
        { "another-persons-account", "ParticipantId", "无权为他人登记蹲点日志" },
        { "group-lead-of-another-group", "ParticipantId", "无权为他人登记蹲点日志" },
        { "office-outside-its-scope", "ParticipantId", "无权为他人登记蹲点日志" },
        { "outside-campaign", "StartDate", "蹲点日期须在活动期间内" },
        { "household-of-another-village", "HouseholdIds", "所选困难户不属于该村" },
        { "more-households-than-visited", "HouseholdIds", "关联的困难户数不能多于走访农户数" },
        { "money-without-households", "ConsolationHouseholds", "请同时填写慰问困难户数" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_in_chinese_and_nothing_is_saved(string @case, string field, string message)
    {
        await using var scope = data.NewScope();
        var (db, service) = Services(scope);
        var t = await TestCampaign.CreateAsync(db);
        var town = await CampaignDatabase.UnitAsync(db, "大徐镇");
        var otherTown = await CampaignDatabase.UnitAsync(db, "石浦镇");
        var strangerHousehold = await db.Households.Select(h => h.Id).FirstAsync();
        var actor = CadreOf(t);
        var input = Stay(t, 2);
        switch (@case)
        {
            case "ends-before-start": input = input with { EndDate = input.StartDate.AddDays(-1) }; break;
            case "negative-count": input = input with { HouseholdsVisited = -1 }; break;
            case "negative-money": input = input with { ConsolationAmountYuan = -10m }; break;
            case "village-not-assigned": input = input with { VillageId = t.OtherVillage.Id }; break;
            case "outside-assignment-dates": input = input with { StartDate = new DateOnly(2007, 5, 2), EndDate = new DateOnly(2007, 5, 3) }; break;
            case "not-a-village": input = input with { VillageId = town.Id }; break;
            case "another-persons-account": input = input with { ParticipantId = t.Leader.Id }; break;
            case "group-lead-of-another-group": actor = CampaignDatabase.Actor(data.Lead, StaffRole.GroupLead, town.Path); break;
            case "office-outside-its-scope": actor = CampaignDatabase.Actor(data.Lead, StaffRole.CampaignOffice, otherTown.Path); break;
            case "outside-campaign": input = input with { StartDate = new DateOnly(2007, 3, 30), EndDate = new DateOnly(2007, 4, 1) }; break;
            case "household-of-another-village": input = input with { HouseholdIds = [strangerHousehold] }; break;
            case "more-households-than-visited": input = input with { HouseholdsVisited = 0, HouseholdIds = [strangerHousehold] }; break;
            case "money-without-households": input = input with { ConsolationHouseholds = 0 }; break;
        }
        var logsBefore = await db.FieldLogs.CountAsync();
        var visitsBefore = await db.HouseholdVisits.CountAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => service.RecordAsync(actor, input));

        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
        await using var fresh = data.NewScope();
        var check = fresh.ServiceProvider.GetRequiredService<DundianDbContext>();
        Assert.Equal(logsBefore, await check.FieldLogs.CountAsync());
        Assert.Equal(visitsBefore, await check.HouseholdVisits.CountAsync());
    }

    [Fact]
    public async Task Households_of_the_register_can_be_linked_to_a_stay()
    {
        await using var scope = data.NewScope();
        var (db, service) = Services(scope);
        var t = await TestCampaign.CreateAsync(db);
        var household = new Household { VillageId = t.Village.Id, HeadName = "测试户", CreatedAt = DateTime.UtcNow };
        db.Households.Add(household);
        await db.SaveChangesAsync();
        var log = await service.RecordAsync(CadreOf(t), Stay(t, 1) with { HouseholdIds = [household.Id, household.Id] });
        Assert.Equal(household.Id, (await db.HouseholdVisits.SingleAsync(v => v.FieldLogId == log.Id)).HouseholdId);
    }

    private static (DundianDbContext, FieldLogService) Services(AsyncServiceScope scope) =>
        (scope.ServiceProvider.GetRequiredService<DundianDbContext>(), scope.ServiceProvider.GetRequiredService<FieldLogService>());
}

public sealed class FieldLogServiceTestsOnSqlite(SqliteCampaignDatabase data) : FieldLogServiceTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class FieldLogServiceTestsOnPostgres(PostgresCampaignDatabase data) : FieldLogServiceTests(data), IClassFixture<PostgresCampaignDatabase>;
