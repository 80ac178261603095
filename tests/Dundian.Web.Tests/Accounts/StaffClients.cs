using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Accounts;

/// <summary>Signed-in clients and database look-ups shared by the account and user-management tests.</summary>
public static class StaffClients
{
    public const string Password = "Staff#Pass-2026";

    /// <summary>A fresh user name: the app fixture is shared by all tests of a class.</summary>
    public static string UniqueName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>
    /// A cookie-keeping client whose requests come from <paramref name="ip"/>: the in-memory test server
    /// leaves the client address empty, and audit entries must show it.
    /// </summary>
    public static HttpClient CreateClientFrom(this DundianApp app, string ip) =>
        new(new CookieContainerHandler { InnerHandler = app.Server.CreateHandler(c => c.Connection.RemoteIpAddress = IPAddress.Parse(ip)) })
        {
            BaseAddress = new Uri("http://localhost"),
        };

    public static async Task<(HttpClient Client, AppUser User)> SignInAsync(this DundianApp app, StaffRole role,
        string orgUnitName = "宁波市", string prefix = "staff", string? ip = null)
    {
        var user = await app.CreateStaffAsync(UniqueName(prefix), Password, role, orgUnitName);
        var client = ip is null ? app.CreateClient() : app.CreateClientFrom(ip);
        var response = await client.LoginAsync(user.UserName!, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, user);
    }

    /// <summary>Path and query of a redirect, whether the handler wrote it absolute or relative.</summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException("not a redirect");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static Task<T> DbAsync<T>(this DundianApp app, Func<DundianDbContext, Task<T>> query) =>
        app.WithScopeAsync(sp => query(sp.GetRequiredService<DundianDbContext>()));

    public static Task<int> OrgUnitIdAsync(this DundianApp app, string name) =>
        app.DbAsync(db => db.OrgUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// <summary>Visible text of a page with whitespace removed, so Chinese messages compare regardless of layout.</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        Html.Squash((await Html.ParseAsync(response)).Body?.TextContent ?? "");
}
