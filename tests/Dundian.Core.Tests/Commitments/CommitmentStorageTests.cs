using Dundian.Core.Commitments;
using Dundian.Core.Concerns;
using Dundian.Core.Org;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Core.Tests.Commitments;

public abstract class CommitmentStorageTests(MigratedDatabase database)
{
    [Fact]
    public async Task Commitment_with_milestones_progress_and_verdicts_survives_a_round_trip()
    {
        var ct = TestContext.Current.CancellationToken;
        var made = new DateOnly(2007, 4, 2);
        var at = new DateTime(2007, 8, 1, 2, 0, 0, DateTimeKind.Utc);
        int id;
        await using (var db = database.NewContext())
        {
            var unit = await new OrgTree(db).AddAsync(null, "承诺县" + Guid.NewGuid().ToString("N")[..8], OrgLevel.County, new DateOnly(2000, 1, 1), ct: ct);
            var c = PublicCommitment.Make("“空心村”改造试点", "盘活闲置宅基地", "李关定", "县长", unit.Id,
                CommitmentChannel.InterviewColumn, made, made.AddDays(120));
            c.AddMilestone("确定试点村", made.AddDays(30));
            db.PublicCommitments.Add(c);
            await db.SaveChangesAsync(ct);
            c.CompleteMilestone(c.Milestones[0].Id, made.AddDays(25));
            c.ReportProgress(made.AddDays(26), "试点村已确定", 40);
            c.Complete(made.AddDays(100), "试点完成");
            c.AddVerdict(Satisfaction.BasicallySatisfied, "还可以", "张三", at);
            await db.SaveChangesAsync(ct);
            id = c.Id;
        }
        await using (var db = database.NewContext())
        {
            var c = await db.PublicCommitments.Include(x => x.Milestones).Include(x => x.Updates).Include(x => x.Verdicts)
                .SingleAsync(x => x.Id == id, ct);
            Assert.Equal(CommitmentStatus.Completed, c.Status);
            Assert.Equal(CommitmentChannel.InterviewColumn, c.Channel);
            Assert.Equal(made.AddDays(120), c.Deadline);
            Assert.Equal(made.AddDays(25), c.Milestones.Single().DoneOn);
            Assert.Equal(40, c.Updates.Single().Percent);
            var v = c.Verdicts.Single();
            Assert.Equal(Satisfaction.BasicallySatisfied, v.Verdict);
            Assert.Equal("张*", v.MaskedNickname);
            Assert.Equal(at, v.At);
            Assert.Equal(DateTimeKind.Utc, v.At.Kind);
        }
    }
}

public sealed class CommitmentStorageTestsOnSqlite(SqliteDatabase db) : CommitmentStorageTests(db), IClassFixture<SqliteDatabase>;
public sealed class CommitmentStorageTestsOnPostgres(PostgresDatabase db) : CommitmentStorageTests(db), IClassFixture<PostgresDatabase>;
