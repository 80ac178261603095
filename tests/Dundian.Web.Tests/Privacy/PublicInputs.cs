using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Commitments;
using Dundian.Web.Tests.Community;
using Dundian.Web.Tests.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Tests.Privacy;

/// <summary>Every public input of the site. A new public form adds its fields here, and the hostile corpus covers it.</summary>
public static class PublicInputs
{
    private static async Task<HttpResponseMessage> ConcernForm(DundianApp app, string field, string value)
    {
        var form = await app.ValidFormAsync("村口道路破损严重,雨天积水无法通行");
        form[field] = value;
        return await app.Resident().PostFormAsync("/concerns/new", form);
    }

    private static async Task<HttpResponseMessage> Verdict(DundianApp app, string field, string value)
    {
        var id = await app.CommitmentIdAsync(CommitmentClients.Fishing);
        var form = new Dictionary<string, string> { ["Verdict"] = "Satisfied", ["Comment"] = "项目不错", ["Nickname"] = "王小明" };
        form[field] = value;
        return await app.Visitor().PostFormAsync($"/commitments/{id}", form);
    }

    private static Task<HttpResponseMessage> Open311(DundianApp app, string field, string value)
    {
        var form = new Dictionary<string, string>
        {
            ["api_key"] = DundianApp.Open311ApiKey, ["service_code"] = "roads", ["address_string"] = "东门渔村",
            ["description"] = "渔港码头路面塌陷,车辆通行困难", ["first_name"] = "小明", ["last_name"] = "王",
        };
        form[field] = value;
        return app.Resident().PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(form));
    }

    private static Task<int> Concerns(DundianApp app) => app.ConcernCountAsync();
    private static Task<int> Posts(DundianApp app) => app.PostCountAsync();
    private static Task<int> Verdicts(DundianApp app) => app.VerdictCountAsync();

    private static async Task<string[]> ArticlePage(DundianApp app) => [$"/article/{await app.ArticleIdAsync()}"];
    private static async Task<string[]> CommitmentPage(DundianApp app) => [$"/commitments/{await app.CommitmentIdAsync(CommitmentClients.Fishing)}"];

    public static readonly PublicInput[] All =
    [
        new("民情诉求 内容", (app, v) => ConcernForm(app, "Input.Description", v), Concerns),
        new("民情诉求 姓名", (app, v) => ConcernForm(app, "Input.ReporterName", v), Concerns),
        new("民情诉求 电话", (app, v) => ConcernForm(app, "Input.ReporterPhone", v), Concerns),
        new("民情诉求 地点", (app, v) => ConcernForm(app, "Input.Location", v), Concerns),
        new("办件查询 编号", (app, v) => app.Resident().PostFormAsync("/concerns/track",
            new Dictionary<string, string> { ["Number"] = v, ["Code"] = "123456" })),
        new("办件查询 查询码", (app, v) => app.Resident().PostFormAsync("/concerns/track",
            new Dictionary<string, string> { ["Number"] = "2026120600000001", ["Code"] = v })),
        new("留言板 标题", (app, v) => app.Reader().MessageAsync(v, "码头路灯坏了,请修理"), Posts, _ => Task.FromResult<string[]>(["/board"])),
        new("留言板 内容", (app, v) => app.Reader().MessageAsync("路灯", v), Posts, _ => Task.FromResult<string[]>(["/board"])),
        new("留言板 昵称", (app, v) => app.Reader().MessageAsync("路灯", "码头路灯坏了,请修理", v), Posts, _ => Task.FromResult<string[]>(["/board"])),
        new("留言板 联系方式", (app, v) => app.Reader().MessageAsync("路灯", "码头路灯坏了,请修理", "石浦居民", v), Posts),
        new("评论 内容", async (app, v) => await app.Reader().CommentAsync(await app.ArticleIdAsync(), v), Posts, ArticlePage),
        new("评论 昵称", async (app, v) => await app.Reader().CommentAsync(await app.ArticleIdAsync(), "写得好", v), Posts, ArticlePage),
        new("承诺评价 意见", (app, v) => Verdict(app, "Comment", v), Verdicts, CommitmentPage),
        new("承诺评价 昵称", (app, v) => Verdict(app, "Nickname", v), Verdicts, CommitmentPage),
        new("站内搜索", (app, v) => app.Resident().GetAsync("/search?q=" + Uri.EscapeDataString(v))),
        new("Open311 description", (app, v) => Open311(app, "description", v), Concerns, Json: true),
        new("Open311 姓名", (app, v) => Open311(app, "last_name", v), Concerns, Json: true),
        new("Open311 address_string", (app, v) => Open311(app, "address_string", v), Concerns, Json: true),
    ];
}
