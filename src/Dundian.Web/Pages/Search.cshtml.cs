using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Search;
using Dundian.Web.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Pages;

/// <summary>
/// GET /search?q=…&amp;channel=&amp;from=&amp;to=&amp;order=&amp;page=: a plain GET so links, bookmarks and browser
/// search boxes (OpenSearch) work. Dates are days in China; bad filter values are ignored, not errors.
/// </summary>
[AllowAnonymous]
public class SearchModel(SearchIndex index, DundianDbContext db) : PageModel
{
    public const int PageSize = 10;
    public const int MaxPage = 50;
    public const int MaxQueryLength = 100;

    public string Query { get; private set; } = "";
    public bool TooLong { get; private set; }
    public string? Channel { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public bool Newest { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int TotalPages { get; private set; }
    public SearchResults Results { get; private set; } = new(0, []);
    public IReadOnlyList<ChannelLink> Channels { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] string? q, [FromQuery] string? channel, [FromQuery] string? from,
        [FromQuery] string? to, [FromQuery] string? order, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        var text = (q ?? "").Trim();
        // An overlong query is refused with a message rather than cut silently (the reader would not know why).
        TooLong = text.Length > MaxQueryLength;
        Query = TooLong ? "" : text;
        // Top-level channels only: the index files an article under its top-level channel (ArticleIndexer).
        Channels = await db.Channels.AsNoTracking().Where(c => c.ParentId == null)
            .OrderBy(c => !c.InChannelBar).ThenBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new ChannelLink(c.Id, c.Slug, c.Name)).ToListAsync(ct);
        Channel = Channels.Any(c => c.Slug == channel) ? channel : null;
        From = ParseDay(from);
        To = ParseDay(to);
        Newest = order == "newest";
        PageNumber = int.TryParse(pageNumber, out var n) ? Math.Clamp(n, 1, MaxPage) : 1;
        if (Query.Length == 0) return;

        Results = index.Search(new SearchQuery(Query, Channel,
            From is { } f ? ChinaTime.ToUtc(f.ToDateTime(TimeOnly.MinValue)) : null,
            // "to" is inclusive: up to the last tick of that day in China.
            To is { } t ? ChinaTime.ToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue)).AddTicks(-1) : null,
            Newest ? SearchOrder.Newest : SearchOrder.Relevance, PageNumber, PageSize));
        TotalPages = Math.Min(MaxPage, (Results.Total + PageSize - 1) / PageSize);
    }

    public string PageUrl(int pageNumber)
    {
        var query = new Dictionary<string, string?> { ["q"] = Query };
        if (Channel is not null) query["channel"] = Channel;
        if (From is { } f) query["from"] = Day(f);
        if (To is { } t) query["to"] = Day(t);
        if (Newest) query["order"] = "newest";
        if (pageNumber > 1) query["page"] = pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/search", query);
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var day) ? day : null;
}
