using Dundian.Core.Auditing;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Api;
using Dundian.Web.Api.Open311;
using Dundian.Web.Api.Write;
using Dundian.Web.Campaigns;
using Dundian.Web.Cluster;
using Dundian.Web.Commitments;
using Dundian.Web.Community;
using Dundian.Web.Concerns;
using Dundian.Web.Feeds;
using Dundian.Web.Infrastructure;
using Dundian.Web.Newsroom;
using Dundian.Web.Org;
using Dundian.Web.Portal;
using Dundian.Web.Search;
using Dundian.Web.Uploads;
using Dundian.Web.Workspace;
using Dundian.Core.Campaigns;
using Dundian.Core.Commitments;
using Dundian.Core.Submissions;
using Dundian.Core.Topics;

if (KeyCertificate.TryRunCommand(args)) return;
var builder = WebApplication.CreateBuilder(args);

var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
database.DataDirectory = Path.GetFullPath(database.DataDirectory, builder.Environment.ContentRootPath);
builder.Services.AddDundianCore(database);
var deployment = builder.Services.AddDundianDeployment(builder.Configuration, database);
builder.Services.AddDundianDataProtection(database.DataDirectory, deployment);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<IAuditActor, HttpAuditActor>();
builder.Services.AddDundianAccounts();
builder.Services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.Section));
builder.Services.Configure<Open311Options>(builder.Configuration.GetSection(Open311Options.Section));
builder.Services.AddPortal();
builder.Services.AddHostedService<ArticleScheduleWorker>();
builder.Services.AddDundianSearch(database);
builder.Services.AddFeeds();
builder.Services.AddScoped<CampaignFigures>();
builder.Services.AddScoped<CampaignHeadlines>();
builder.Services.AddScoped<Dundian.Web.Bulletins.BulletinFiles>();
builder.Services.AddScoped<CampaignSetupAccess>();
builder.Services.AddScoped<CampaignWorkbooks>();
builder.Services.AddConcerns(builder.Configuration);
builder.Services.AddScoped<CommitmentAccess>();
builder.Services.AddCommunity(builder.Configuration);
builder.Services.AddScoped<Dundian.Core.Submissions.SubmissionAccess>();
builder.Services.AddScoped<TopicAccess>();
builder.Services.AddNewsroom(builder.Configuration);
builder.Services.AddUploads(builder.Configuration);
builder.Services.AddWorkspace(builder.Configuration);

builder.Services.AddRazorPages(o =>
{
    o.Conventions.AuthorizeAreaFolder("Manage", "/", Policies.Staff);
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(o => Dundian.Web.Api.Tokens.ApiTokenSetup.AddApiTokenSecurity(o));
builder.Services.AddWriteApi();
builder.Services.AddHealthChecks().AddDbContextCheck<DundianDbContext>("database");
builder.Services.AddDundianRateLimits();
builder.Services.AddChineseBindingMessages();
builder.AddDundianNetwork();

var app = builder.Build();
await app.InitializeDatabaseAsync();
if (args.Contains(SearchSetup.RebuildCommand))
{
    // A maintenance command, not a server start: rebuild, report, exit. Stop the running site first —
    // Lucene allows one writer per index folder.
    await app.RebuildSearchIndexAsync();
    return;
}
if (await app.RunUploadSweepCommandAsync(args)) return;
if (args.Contains(Dundian.Web.Org.OrgUnitCommand.Name))
{
    // A maintenance command: import a division file, print a summary (or every row's problem), exit.
    Environment.ExitCode = await Dundian.Web.Org.OrgUnitCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
    return;
}
await app.InitializeSearchAsync();
app.PrintWelcomeWhenStarted();

app.UseDundianNetwork();
// A public page read again is written from memory here, before anything else runs (ReadyPages).
app.UseReadyPages();
// API errors are ProblemDetails; page errors are Chinese pages.
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api =>
{
    api.UseExceptionHandler();
    api.UseStatusCodePages();
});
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages =>
{
    pages.UseExceptionHandler("/error/500");
    pages.UseStatusCodePagesWithReExecute("/error/{0}");
});
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
// Right after routing (the pages' cache policies are endpoint metadata) and ahead of everything a cached page for an
// anonymous reader does not need — limits, authentication, authorization, the password and 2FA gates: a hit costs
// little more than Kestrel writing the bytes. The policy recognises a signed-in user by the sign-in cookie here, and
// stores only what an anonymous request rendered (PortalOutputCachePolicy).
app.UseOutputCache();
// Inside the cache: a shareable page is stored compressed (PortalCompression).
app.UseResponseCompression();
app.UseRequestSizeLimits();
app.UseMiddleware<InvalidFormCharacters>();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<MustChangePasswordMiddleware>();
app.UseMiddleware<TwoFactorRequiredMiddleware>();

app.MapRazorPages();
app.MapHealthChecks("/health");
app.MapOpenApiDocument();
app.MapPortalApi();
app.MapCampaignApi();
app.MapWriteApi();
app.MapOrgUnitApi();
app.MapOpen311();
app.MapFeeds();
app.MapFiles();
Dundian.Web.Bulletins.BulletinEndpoints.MapBulletins(app);
app.MapArticleViews();

app.Run();

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
