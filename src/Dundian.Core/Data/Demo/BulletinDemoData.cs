using Dundian.Core.Bulletins;
using Dundian.Core.Common;
using Dundian.Core.FieldWork;
using Dundian.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// The seed's 「编发简报21期」: 第1期 … 第21期 of 「蹲点调研活动简报」 by 县主题实践活动办公室, dated evenly from the campaign's
/// first day to its last. Each goes through the real workflow and is frozen from the demo records as of its own date,
/// by the same statistics the dashboard uses — so early issues print smaller figures, and 第21期 prints the seed's 14.
/// Runs after every other demo record exists (inside <see cref="DemoData"/>'s transaction).
/// </summary>
internal static class BulletinDemoData
{
    public const string SeriesName = "蹲点调研活动简报";
    public const string IssuingUnit = "县主题实践活动办公室";
    public const int Issues = 21;

    public static async Task LoadAsync(DundianDbContext db, IndicatorCatalogue catalogue, CancellationToken ct)
    {
        var campaign = await db.Campaigns.SingleAsync(c => c.Name == CampaignDemoText.Name, ct);
        var series = BulletinSeries.Create(campaign.Id, SeriesName, IssuingUnit);
        db.BulletinSeries.Add(series);
        await db.SaveChangesAsync(ct);

        var figures = new FiguresAsOf(new StatisticsService(db, catalogue));
        var writings = new PublishedWritings(db);
        var template = StatisticsTemplate.Default(catalogue);
        var notes = await db.FieldNotes.AsNoTracking().Where(n => n.CampaignId == campaign.Id && n.PublishedAt != null)
            .OrderBy(n => n.PublishedAt).Select(n => new { n.Id, n.PublishedAt }).ToListAsync(ct);
        var span = campaign.EndDate.DayNumber - campaign.StartDate.DayNumber;
        for (var i = 0; i < Issues; i++)
        {
            var day = campaign.StartDate.AddDays((int)Math.Round(i * span / (double)(Issues - 1)));
            var bulletin = Bulletin.Draft(series.Id, At(day, 9));
            bulletin.Edit(Title(i), day, template, "陈静", "王建国", "市委组织部,市主题实践活动办公室",
                "县委、县人大、县政府、县政协领导", "各镇乡(街道)党(工)委,县直各单位", 120);
            bulletin.AddItem("工作动态", $"<p>{Dynamics(i)}</p>");
            // The latest note published by then, copied in as the public reads it.
            var note = notes.LastOrDefault(n => n.PublishedAt < At(day, 0));
            if (note is not null && await writings.FindAsync(WritingKind.FieldNote, note.Id, ct) is { } w)
                bulletin.AddItem(w.Title, w.BodyHtml, BulletinItemSource.FieldNote, w.Id,
                    string.Join(" ", new[] { w.AuthorUnit, w.AuthorTitle, w.AuthorName }.Where(s => !string.IsNullOrWhiteSpace(s))));
            bulletin.Submit();
            bulletin.Sign(null);
            var keys = StatisticsTemplate.Keys(template);
            var frozen = await figures.FreezeAsync(campaign.Id, day, keys, ct);
            var text = StatisticsTemplate.Render(template, day, frozen.ToDictionary(f => f.IndicatorKey, f => (f.DisplayValue, f.DisplayUnit)));
            bulletin.Issue(series, day, At(day, 17), text, frozen);
            db.Bulletins.Add(bulletin);
            await db.SaveChangesAsync(ct);
        }
    }

    private static string Title(int i) => i switch
    {
        0 => "县级领导班子成员蹲点调研活动全面启动",
        Issues - 1 => "县级领导班子成员蹲点调研活动取得实效",
        _ => $"蹲点调研活动进展情况(之{i})",
    };

    private static string Dynamics(int i) => i == 0
        ? "3月22日,县级领导班子成员“联镇带村谋发展,蹲点联系办实事”活动全面启动,18个调研组分赴18个联系村蹲点调研。"
        : "各调研组深入联系村,走访农户、召开座谈会、与群众谈心,帮助理清发展思路,协调解决群众反映的实际问题。";

    private static DateTime At(DateOnly day, int hour) => ChinaTime.ToUtc(day.ToDateTime(new TimeOnly(hour, 0)));
}
