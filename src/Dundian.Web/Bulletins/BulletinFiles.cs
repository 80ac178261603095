using System.Text.RegularExpressions;
using Dundian.Core.Bulletins;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Documents.Word;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Bulletins;

/// <summary>Builds the .docx of a bulletin and of an anthology from the database (the Word layout is in Dundian.Documents).</summary>
public partial class BulletinFiles(DundianDbContext db, Anthology anthology, TimeProvider clock)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<byte[]> BulletinAsync(Bulletin b, CancellationToken ct = default)
    {
        var series = b.Series ?? await db.BulletinSeries.AsNoTracking().FirstAsync(s => s.Id == b.SeriesId, ct);
        int? corrected = b.CorrectsId is { } cid ? await db.Bulletins.Where(x => x.Id == cid).Select(x => x.Number).FirstOrDefaultAsync(ct) : null;
        var print = new BulletinPrint
        {
            SeriesName = series.Name, Number = b.Number, IssuingUnit = series.IssuingUnit, IssueDate = b.IssueDate ?? b.CutOff,
            Title = b.Title, Notice = Notice(b, corrected),
            Statistics = b.StatisticsText, Items = b.Items.OrderBy(i => i.SortOrder).Select(i => new BulletinPrintItem(i.Heading, i.Byline, i.BodyHtml)).ToList(),
            Editor = b.Editor, Signer = b.Signer, ReportTo = b.ReportTo, SendTo = b.SendTo, DistributeTo = b.DistributeTo, Copies = b.Copies,
        };
        var images = await ImagesAsync(b.Items.Select(i => i.BodyHtml), ct);
        return BulletinDocx.Write(print, src => images.GetValueOrDefault(src));
    }

    /// <summary>Draft text for staff: the 「据统计」 sentence with today's figures stands in for the frozen one.</summary>
    public static string? Notice(Bulletin b, int? correctedNumber) => b.Status switch
    {
        BulletinStatus.Withdrawn => $"本期已撤回:{b.WithdrawReason}",
        BulletinStatus.Issued when correctedNumber is { } n => $"更正:本期更正第{n}期",
        BulletinStatus.Issued => null,
        _ => "(送审稿,未印发)",
    };

    public async Task<(byte[] Bytes, string FileName)> AnthologyAsync(int campaignId, WritingKind kind, int? groupId, DateOnly? from, DateOnly? to,
        CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.OrgUnit).FirstAsync(c => c.Id == campaignId, ct);
        var entries = await anthology.ListAsync(campaignId, kind, groupId, from, to, ct);
        var title = kind == WritingKind.FieldNote ? "蹲点手记汇编" : "调研报告汇编";
        var today = DateOnly.FromDateTime(Core.Common.ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var last = entries.Count > 0 ? entries.Max(e => e.Date) : today;
        var print = new AnthologyPrint
        {
            CampaignName = campaign.Name, Title = title, Compiler = $"{campaign.OrgUnit!.Name}主题实践活动办公室 编",
            Date = last < today ? last : today,
            Entries = entries.Select(e => new AnthologyPrintEntry(e.Title, e.Author, e.AuthorTitle, e.Unit, e.Village, e.Date, e.BodyHtml)).ToList(),
        };
        var images = await ImagesAsync(entries.Select(e => e.BodyHtml), ct);
        return (AnthologyDocx.Write(print, src => images.GetValueOrDefault(src)), $"{campaign.Name}{title}.docx");
    }

    private async Task<Dictionary<string, (byte[], string)?>> ImagesAsync(IEnumerable<string> bodies, CancellationToken ct)
    {
        var result = new Dictionary<string, (byte[], string)?>();
        foreach (var src in bodies.SelectMany(b => ImageSource().Matches(b).Select(m => m.Groups[1].Value)).Distinct())
            result[src] = await anthology.ImageAsync(src, ct);
        return result;
    }

    [GeneratedRegex("<img[^>]*\\ssrc=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ImageSource();
}
