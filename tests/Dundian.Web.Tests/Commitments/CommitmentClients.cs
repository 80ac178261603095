using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Tests.Commitments;

/// <summary>Shared steps of the commitment page tests.</summary>
public static class CommitmentClients
{
    public const string Fishing = "推进“渔家乐”项目", Hollow = "“空心村”改造试点";

    /// <summary>A resident from a fresh address (the public form is rate-limited per address).</summary>
    public static HttpClient Visitor(this DundianApp app) => app.CreateClientFrom(ConcernClients.NewIp());

    public static Task<int> CommitmentIdAsync(this DundianApp app, string title) =>
        app.DbAsync(db => db.PublicCommitments.Where(c => c.Title == title).Select(c => c.Id).SingleAsync());

    public static Task<int> VerdictCountAsync(this DundianApp app) => app.DbAsync(db => db.CommitmentVerdicts.CountAsync());

    /// <summary>Posts a staff step; the antiforgery token is taken from the commitment's own page.</summary>
    public static Task<HttpResponseMessage> CommitmentStepAsync(this HttpClient staff, int id, string handler,
        Dictionary<string, string>? fields = null) =>
        staff.PostFormAsync($"/manage/commitments/{id}", fields ?? [], $"/manage/commitments/{id}?handler={handler}");
}
