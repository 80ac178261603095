using Dundian.Core.Accounts;
using Dundian.Core.Auditing;
using Dundian.Core.Campaigns;
using Dundian.Core.Commitments;
using Dundian.Core.Community;
using Dundian.Core.Concerns;
using Dundian.Core.Content;
using Dundian.Core.FieldWork;
using Dundian.Core.Inbox;
using Dundian.Core.Moderation;
using Dundian.Core.Org;
using Dundian.Core.Projects;
using Dundian.Core.Uploads;
using Dundian.Core.Topics;
using Dundian.Core.Submissions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dundian.Core.Data;

/// <summary>
/// The one DbContext. Provider (SQLite or PostgreSQL) is chosen by <see cref="DatabaseOptions"/>. Contexts from DI are
/// pooled (<see cref="DbContextPooling"/>): one instance serves many requests in turn, so the only state of its own,
/// <see cref="Actor"/>, is set on every lease and reset when the lease ends (<see cref="Dispose"/>), together with what
/// interceptors hold for it (<see cref="IPerContextState"/>). EF resets its own state (tracked entities, connection,
/// transaction, change-tracker settings). Its one constructor takes only the options: a pool requires that.
/// </summary>
public class DundianDbContext(DbContextOptions<DundianDbContext> options)
    : IdentityUserContext<AppUser>(options), IDataProtectionKeyContext
{
    private static readonly IAuditActor NoOne = new SystemAuditActor();
    // Interceptors keeping state per context instance: told to forget it at the end of every lease.
    private readonly IPerContextState[] perContextState =
        options.FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<IPerContextState>().ToArray() ?? [];
    private IAuditActor actor = NoOne;

    /// <summary>
    /// The person behind this unit of work, named by its audit entries: the scope's <see cref="IAuditActor"/> for a
    /// context from DI (set on each lease by <see cref="AuditedDbContextFactory"/>); nobody (the system, not audited)
    /// otherwise, and again once the context is disposed or back in the pool. Null means nobody.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public IAuditActor Actor
    {
        get => actor;
        set => actor = value ?? NoOne;
    }

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<OrgUnitSuccession> OrgUnitSuccessions => Set<OrgUnitSuccession>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleReviewStep> ArticleReviewSteps => Set<ArticleReviewStep>();
    public DbSet<ChannelReviewer> ChannelReviewers => Set<ChannelReviewer>();
    public DbSet<SensitiveWord> SensitiveWords => Set<SensitiveWord>();
    public DbSet<Concern> Concerns => Set<Concern>();
    public DbSet<ConcernEvent> ConcernEvents => Set<ConcernEvent>();
    public DbSet<ConcernCategory> ConcernCategories => Set<ConcernCategory>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignActivity> CampaignActivities => Set<CampaignActivity>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<ResearchGroup> ResearchGroups => Set<ResearchGroup>();
    public DbSet<LiaisonVillage> LiaisonVillages => Set<LiaisonVillage>();
    public DbSet<ResearchTopic> ResearchTopics => Set<ResearchTopic>();
    public DbSet<CampaignDocument> CampaignDocuments => Set<CampaignDocument>();
    public DbSet<CampaignDocumentAttachment> CampaignDocumentAttachments => Set<CampaignDocumentAttachment>();
    public DbSet<FieldLog> FieldLogs => Set<FieldLog>();
    public DbSet<FieldNote> FieldNotes => Set<FieldNote>();
    public DbSet<ResearchReport> ResearchReports => Set<ResearchReport>();
    public DbSet<Household> Households => Set<Household>();
    public DbSet<HouseholdVisit> HouseholdVisits => Set<HouseholdVisit>();
    public DbSet<PracticalProject> PracticalProjects => Set<PracticalProject>();
    public DbSet<DevelopmentPlan> DevelopmentPlans => Set<DevelopmentPlan>();
    public DbSet<PublicCommitment> PublicCommitments => Set<PublicCommitment>();
    public DbSet<CommitmentVerdict> CommitmentVerdicts => Set<CommitmentVerdict>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<CommunityPost> CommunityPosts => Set<CommunityPost>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<BoardMessage> BoardMessages => Set<BoardMessage>();
    public DbSet<PostReport> PostReports => Set<PostReport>();
    public DbSet<SpecialTopic> SpecialTopics => Set<SpecialTopic>();
    public DbSet<TopicSection> TopicSections => Set<TopicSection>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<ScoringRule> ScoringRules => Set<ScoringRule>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<ArticleAttachment> ArticleAttachments => Set<ArticleAttachment>();
    public DbSet<ConcernPhoto> ConcernPhotos => Set<ConcernPhoto>();
    public DbSet<InboxEntry> InboxEntries => Set<InboxEntry>();
    public DbSet<ProjectFunding> ProjectFundings => Set<ProjectFunding>();
    public DbSet<ProjectMilestone> ProjectMilestones => Set<ProjectMilestone>();
    public DbSet<ProjectProgress> ProjectProgressReports => Set<ProjectProgress>();
    public DbSet<DevelopmentPlanItem> DevelopmentPlanItems => Set<DevelopmentPlanItem>();
    public DbSet<Statistics.Totals.FieldLogTotal> FieldLogTotals => Set<Statistics.Totals.FieldLogTotal>();
    public DbSet<Statistics.Totals.FieldLogMonthTotal> FieldLogMonthTotals => Set<Statistics.Totals.FieldLogMonthTotal>();
    public DbSet<Bulletins.BulletinSeries> BulletinSeries => Set<Bulletins.BulletinSeries>();
    public DbSet<Bulletins.Bulletin> Bulletins => Set<Bulletins.Bulletin>();
    // Scale-out (several nodes): per-node search indexes follow these; jobs claim their period; shared key ring.
    public DbSet<Cluster.IndexingTask> IndexingTasks => Set<Cluster.IndexingTask>();
    public DbSet<Cluster.JobLease> JobLeases => Set<Cluster.JobLease>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<HomePage.HomeSection> HomeSections => Set<HomePage.HomeSection>();
    public DbSet<HomePage.FriendLink> FriendLinks => Set<HomePage.FriendLink>();
    public DbSet<ApiAccess.ApiToken> ApiTokens => Set<ApiAccess.ApiToken>();
    public DbSet<ApiAccess.ApiIdempotencyRecord> ApiIdempotencyRecords => Set<ApiAccess.ApiIdempotencyRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite hands DateTime back without a Kind; every DateTime in the model is UTC.
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.ApplyConfigurationsFromAssembly(typeof(DundianDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves, and when a person is behind the work writes one audit entry per changed row in the same
    /// transaction — after the data rows, so that new rows' generated keys are known.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        if (actor.UserId is null) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        var pending = AuditTrail.Collect(ChangeTracker);
        if (pending.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        await using var tx = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        AuditEntries.AddRange(AuditTrail.Complete(pending, actor, DateTime.UtcNow));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return written;
    }

    /// <summary>Records a named staff action that is not a row change (login, logout, export…).</summary>
    public async Task AuditAsync(string action, string? entityType = null, string? entityKey = null,
        string? details = null, CancellationToken ct = default)
    {
        AuditEntries.Add(new AuditEntry
        {
            At = DateTime.UtcNow, Action = action, EntityType = entityType, EntityKey = entityKey, Details = details,
            UserId = actor.UserId, UserName = actor.UserName, IpAddress = actor.IpAddress,
        });
        await base.SaveChangesAsync(true, ct);
    }

    /// <summary>Ends the lease: a pooled context goes back to the pool (EF resets its own state), a plain one is disposed.</summary>
    public override void Dispose()
    {
        ForgetLease();
        base.Dispose();
    }

    /// <summary>
    /// The same as <see cref="Dispose"/>, synchronously: EF's asynchronous reset of a pooled context (10.0) closes the
    /// connection but keeps its count of explicit opens (<c>RelationalConnection.ResetStateAsync</c> does not zero
    /// <c>_openedCount</c>, the synchronous reset does), so after a lease that opened the connection by hand (the
    /// article page does) every later lease of that instance kept its connection open from its first query to its end.
    /// Nothing awaits here in practice: closing returns the connection to its provider's pool; only a transaction left
    /// open is rolled back on the spot.
    /// </summary>
    public override ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    // Before EF hands the instance to the next lease: no saves in someone else's name, no state of this lease's saves.
    private void ForgetLease()
    {
        actor = NoOne;
        foreach (var state in perContextState) state.Forget(this);
    }
}
