using System.Globalization;
using Dundian.Core.FieldWork;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Tests.FieldWork;

/// <summary>Shared steps of the writing page tests: write through the form, post a move from the writing's page.</summary>
public static class WritingClients
{
    public static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Saves a new draft through the form as <paramref name="author"/>; returns its id.</summary>
    public static async Task<int> WriteDraftAsync(this LinkedStaff author, string kind, string title, string body, bool submit = false)
    {
        var url = $"/manage/writings/{kind}/edit";
        var response = await author.Client.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.ParticipantId"] = Text(author.ParticipantId), ["Input.VillageId"] = Text(author.VillageId),
            ["Input.Title"] = title, ["Input.BodyHtml"] = body,
        }, submit ? url + "?handler=Submit" : url);
        var target = response.RedirectTarget();
        return int.Parse(target[(target.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>Posts a move (Submit, Return, Approve, Publish, Unpublish) with the antiforgery token of the writing's page.</summary>
    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, string kind, int id, string handler, string? reason = null) =>
        client.PostFormAsync($"/manage/writings/{kind}/{id}",
            reason is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["reason"] = reason },
            $"/manage/writings/{kind}/{id}?handler={handler}");

    /// <summary>Refused by the page (Forbid): the cookie scheme answers with a redirect to the access-denied page.</summary>
    public static void AssertDenied(HttpResponseMessage response)
    {
        Xunit.Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Xunit.Assert.StartsWith("/account/access-denied", response.RedirectTarget());
    }

    public static Task<WritingStatus> NoteStatusAsync(this DundianApp app, int id) =>
        app.DbAsync(db => db.FieldNotes.Where(n => n.Id == id).Select(n => n.Status).SingleAsync());
}
