using System.Text.RegularExpressions;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Core.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Concerns;

/// <summary>
/// Takes concerns in (portal, hotline, field visit), answers the resident's tracking query and suggests
/// duplicates. Bad input throws <see cref="ConcernInputException"/> before anything is written: the text is checked
/// first, then every photo; a refused photo removes the photos already written, so neither the concern nor any
/// file is kept. Photos need the <see cref="FileStore"/> (the web app registers it; core tests without photos may omit it).
/// </summary>
public partial class ConcernIntake(DundianDbContext db, TimeProvider clock, FileStore? files = null)
{
    public const int MinDescription = 5, MaxDescription = 2000, MaxPhotos = 4, MaxLocation = 200;
    private const int MaxAttempts = 5;
    private const double DuplicateThreshold = 0.4;

    /// <summary>Draws a tracking number for the China date; tests replace it to force clashes.</summary>
    public Func<DateOnly, string> NewTrackingNumber { get; set; } = TrackingNumber.New;

    /// <summary>Stores a new concern; returns it with the query code, which is shown once and not stored.</summary>
    public async Task<(Concern Concern, string QueryCode)> SubmitAsync(ConcernSubmission input, ConcernSource source,
        string? actor, CancellationToken ct = default) => await SubmitAsync(input, source, actor, [], ct);

    /// <summary>As above, with up to <see cref="MaxPhotos"/> photos (each checked by <see cref="UploadPolicy.Images"/>).</summary>
    public async Task<(Concern Concern, string QueryCode)> SubmitAsync(ConcernSubmission input, ConcernSource source,
        string? actor, IReadOnlyList<ConcernPhotoUpload> photos, CancellationToken ct = default)
    {
        if (photos.Count > MaxPhotos)
            throw new ConcernInputException("Photos", $"最多上传 {MaxPhotos} 张照片。");
        var description = Validate(input);
        var category = await db.ConcernCategories.FirstOrDefaultAsync(c => c.Code == input.CategoryCode, ct)
            ?? throw new ConcernInputException(nameof(input.CategoryCode), $"未知的诉求类别“{input.CategoryCode}”。");
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(ChinaTime.ToLocal(now));
        var village = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == input.VillageId && u.Level == OrgLevel.Village, ct);
        if (village is null || !village.IsValidOn(today))
            throw new ConcernInputException(nameof(input.VillageId), "请选择诉求所在的村(社区)。");
        if (input.FieldLogId is { } logId && !await db.FieldLogs.AnyAsync(l => l.Id == logId, ct))
            throw new ConcernInputException(nameof(input.FieldLogId), "所关联的蹲点日志不存在。");

        var stored = await StorePhotosAsync(photos, village.Path, ct);
        try
        {
            return await SaveAsync(input, source, actor, category, village, description, stored, now, today, ct);
        }
        catch
        {
            await ForgetPhotosAsync(stored);
            throw;
        }
    }

    private async Task<(Concern Concern, string QueryCode)> SaveAsync(ConcernSubmission input, ConcernSource source, string? actor,
        ConcernCategory category, OrgUnit village, string description, List<StoredFile> stored, DateTime now, DateOnly today,
        CancellationToken ct)
    {
        var code = QueryCode.New();
        for (var attempt = 1; ; attempt++)
        {
            var number = NewTrackingNumber(today);
            var concern = Concern.Receive(number, QueryCode.Hash(number, code), category, village.Id, description, source, now, actor);
            concern.ReporterName = input.ReporterName?.Trim();
            concern.ReporterPhone = input.ReporterPhone?.Trim();
            concern.Location = input.Location?.Trim();
            concern.FieldLogId = input.FieldLogId;
            concern.Photos = stored.Select((f, i) => new ConcernPhoto { FileId = f.Id, SortOrder = i }).ToList();
            db.Concerns.Add(concern);
            try
            {
                await db.SaveChangesAsync(ct);
                return (concern, code);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                if (!await NumberTakenAsync(number, ct)) throw;
                // The number was drawn twice. Nothing was written (SaveChanges is one transaction); never retry with the
                // entities of the failed save: empty the tracker and build the write again with a fresh number. The
                // photo rows are the only other work of this write, so they are added back.
                db.ChangeTracker.Clear();
                db.Attach(category);
                foreach (var file in stored) db.StoredFiles.Add(file);
            }
        }
    }

    /// <summary>Writes the photos (private, scoped to the village); a refused one removes those already written.</summary>
    private async Task<List<StoredFile>> StorePhotosAsync(IReadOnlyList<ConcernPhotoUpload> photos, string villagePath, CancellationToken ct)
    {
        var stored = new List<StoredFile>();
        if (photos.Count == 0) return stored;
        var store = files ?? throw new InvalidOperationException("ConcernIntake needs a FileStore to take photos.");
        try
        {
            foreach (var photo in photos)
                stored.Add(await store.SaveAsync(photo.Content, photo.FileName, UploadPolicy.Images, isPublic: false,
                    scopePath: villagePath, altText: "诉求照片", ct: ct));
            return stored;
        }
        catch (UploadRejectedException e)
        {
            await ForgetPhotosAsync(stored);
            var which = photos.Count > 1 ? $"第 {stored.Count + 1} 张照片:" : "照片:";
            throw new ConcernInputException("Photos", which + e.Message);
        }
        catch
        {
            await ForgetPhotosAsync(stored);
            throw;
        }
    }

    /// <summary>Deletes written photo files and drops their rows from the context (nothing was committed).</summary>
    private async Task ForgetPhotosAsync(List<StoredFile> stored)
    {
        foreach (var file in stored) await files!.DiscardAsync(file);
    }

    /// <summary>The concern with its history, or null — the same null for an unknown number and a wrong code.</summary>
    public async Task<Concern?> TrackAsync(string? trackingNumber, string? queryCode, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(trackingNumber)) return null;
        var concern = await db.Concerns.Include(c => c.Events).Include(c => c.Category).Include(c => c.Village)
            .AsNoTracking().FirstOrDefaultAsync(c => c.TrackingNumber == trackingNumber.Trim(), ct);
        return concern is not null && QueryCode.Matches(concern, queryCode) ? concern : null;
    }

    /// <summary>Other concerns of the same village and category, not yet closed, whose text is similar.</summary>
    public async Task<IReadOnlyList<Concern>> SuggestDuplicatesAsync(Concern concern, CancellationToken ct = default)
    {
        var candidates = await db.Concerns.AsNoTracking()
            .Where(c => c.Id != concern.Id && c.VillageId == concern.VillageId && c.CategoryId == concern.CategoryId
                        && c.Status != ConcernStatus.Merged && c.Status != ConcernStatus.FollowedUp)
            .OrderByDescending(c => c.ReceivedAt).Take(200).ToListAsync(ct);
        return candidates.Where(c => TextSimilarity.Of(c.Description, concern.Description) >= DuplicateThreshold).ToList();
    }

    internal static string Validate(ConcernSubmission input)
    {
        var text = input.Description?.Trim() ?? "";
        if (text.Length < MinDescription || text.Length > MaxDescription)
            throw new ConcernInputException(nameof(input.Description), $"诉求内容请填写 {MinDescription} 到 {MaxDescription} 个字。");
        if (PlainTextInput.HasMarkup(text) || PlainTextInput.HasMarkup(input.ReporterName) || PlainTextInput.HasMarkup(input.Location))
            throw new ConcernInputException(nameof(input.Description), "内容不能包含网页代码(如 <script>),请用文字描述。");
        if (input.ReporterName is { Length: > 50 })
            throw new ConcernInputException(nameof(input.ReporterName), "姓名不能超过 50 个字。");
        if (input.Location?.Trim() is { Length: > MaxLocation })
            throw new ConcernInputException(nameof(input.Location), $"具体位置不能超过 {MaxLocation} 个字。");
        if (!string.IsNullOrWhiteSpace(input.ReporterPhone) && !Phone().IsMatch(input.ReporterPhone.Trim()))
            throw new ConcernInputException(nameof(input.ReporterPhone), "联系电话格式不正确,请填写手机号或带区号的固定电话。");
        return text;
    }

    /// <summary>Whether the failed save clashed on the number (another failure is not retried, it is thrown).</summary>
    private async Task<bool> NumberTakenAsync(string number, CancellationToken ct) =>
        await db.Concerns.AsNoTracking().AnyAsync(c => c.TrackingNumber == number, ct);

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex Phone();
}
