using Dundian.Core.Data;
using Dundian.Core.Statistics;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Statistics;

/// <summary>Who has not yet filed a note or a report; which liaison villages have gone quiet.</summary>
public abstract class CompletenessTests(CampaignDatabase data)
{
    [Fact]
    public async Task Participants_without_a_counted_note_or_report_are_listed()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<CompletenessService>();
        var people = await db.Participants.CountAsync(p => p.CampaignId == data.CountyCampaignId);

        var noNote = await service.ParticipantsWithoutFieldNoteAsync(data.CountyCampaignId);
        var noReport = await service.ParticipantsWithoutResearchReportAsync(data.CountyCampaignId);

        Assert.Equal(people - 36, noNote.Count);   // 36 notes, one each; drafts and returned notes do not count
        Assert.Equal(people - 18, noReport.Count); // 18 reports by the group leaders
        Assert.DoesNotContain(noNote, r => r.Name == "周江勇");
        Assert.DoesNotContain(noReport, r => r.Name == "李关定");
    }

    [Fact]
    public async Task Liaison_villages_without_a_recent_stay_are_listed_as_of_today()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<CompletenessService>();
        var today = DateOnly.FromDateTime(CampaignDatabase.SeedDay.Date); // the fixture's clock: 2007/5/8
        var lastByVillage = await db.FieldLogs.Where(l => l.CampaignId == data.CountyCampaignId)
            .GroupBy(l => l.VillageId).Select(g => new { g.Key, Last = g.Max(l => l.EndDate) }).ToListAsync();

        foreach (var days in new[] { 7, 14, 30 })
        {
            var idle = await service.IdleLiaisonVillagesAsync(data.CountyCampaignId, days);
            var expected = lastByVillage.Count(v => v.Last < today.AddDays(-days)) + (18 - lastByVillage.Count);
            Assert.Equal(expected, idle.Count);
            Assert.All(idle, r => Assert.True(r.LastDay is null || r.LastDay < today.AddDays(-days)));
        }
        Assert.Equal(18, (await service.IdleLiaisonVillagesAsync(data.CountyCampaignId, 0)).Count);
    }
}

public sealed class CompletenessTestsOnSqlite(SqliteCampaignDatabase data) : CompletenessTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class CompletenessTestsOnPostgres(PostgresCampaignDatabase data) : CompletenessTests(data), IClassFixture<PostgresCampaignDatabase>;
