using System.Threading.RateLimiting;
using Dundian.Core.Auditing;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Api;
using Dundian.Web.Api.Open311;
using Dundian.Web.Campaigns;
using Dundian.Web.Commitments;
using Dundian.Web.Community;
using Dundian.Web.Concerns;
using Dundian.Web.Feeds;
using Dundian.Web.Infrastructure;
using Dundian.Web.Newsroom;
using Dundian.Web.Portal;
using Dundian.Web.Search;
using Dundian.Web.Uploads;
using Dundian.Web.Workspace;
using Dundian.Core.Campaigns;
using Dundian.Core.Commitments;
using Dundian.Core.Submissions;
using Dundian.Core.Topics;

var builder = WebApplication.CreateBuilder(args);

var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
database.DataDirectory = Path.GetFullPath(database.DataDirectory, builder.Environment.ContentRootPath);
builder.Services.AddDundianCore(database);
builder.Services.AddDundianDataProtection(database.DataDirectory);
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
builder.Services.AddScoped<CampaignSetupAccess>();
builder.Services.AddScoped<CampaignWorkbooks>();
builder.Services.AddConcerns(builder.Configuration);
builder.Services.AddScoped<CommitmentAccess>();
builder.Services.AddCommunity(builder.Configuration);
builder.Services.AddScoped<Dundian.Core.Submissions.SubmissionAccess>();
builder.Services.AddScoped<TopicAccess>();
builder.Services.AddNewsroom(builder.Configuration);
builder.Services.AddWorkspace(builder.Configuration);

builder.Services.AddRazorPages(o =>
{
    o.Conventions.AuthorizeAreaFolder("Manage", "/", Policies.Staff);
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddDbContextCheck<DundianDbContext>("database");
builder.Services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    // Public forms (login, concerns, Open311 posts): posts per client address. Showing the form is not limited,
    // so a whole office behind one NAT can open the login page freely.
    o.AddPolicy(RateLimits.PublicForm, context => HttpMethods.IsGet(context.Request.Method)
        ? RateLimitPartition.GetNoLimiter("read")
        : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) }));
    // The article view beacon: 60 views a minute per client address; beyond that the views are not counted.
    o.AddPolicy(RateLimits.ArticleView, context => RateLimitPartition.GetFixedWindowLimiter(
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) }));
});

var app = builder.Build();
await app.InitializeDatabaseAsync();
if (args.Contains(SearchSetup.RebuildCommand))
{
    // A maintenance command, not a server start: rebuild, report, exit. Stop the running site first —
    // Lucene allows one writer per index folder.
    await app.RebuildSearchIndexAsync();
    return;
}
await app.InitializeSearchAsync();
app.PrintWelcomeWhenStarted();

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
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<MustChangePasswordMiddleware>();
// After authentication: the portal's cache policy serves and stores only for anonymous readers.
app.UseOutputCache();

app.MapRazorPages();
app.MapHealthChecks("/health");
app.MapOpenApi();
app.MapPortalApi();
app.MapCampaignApi();
app.MapOpen311();
app.MapFeeds();
app.MapFiles();
app.MapArticleViews();

app.Run();

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
