using System.Text.RegularExpressions;
using Dundian.Core.Accounts;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Newsroom;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Channels;

/// <summary>Create or change a channel: place in the tree, order, list style, review levels and reviewers per level.</summary>
public partial class EditModel(DundianDbContext db, NewsroomAccess access) : StaffPageModel
{
    [BindProperty] public ChannelForm Input { get; set; } = new();
    public Channel? Channel { get; private set; }
    public List<Channel> Parents { get; private set; } = [];
    public List<ReviewerChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await access.MayManageChannelsAsync(User.Scope())) return Forbid();
        if (!await LoadAsync(id)) return NotFound();
        if (Channel is { } c)
        {
            Input = new ChannelForm
            {
                Slug = c.Slug, Name = c.Name, ParentId = c.ParentId, SortOrder = c.SortOrder, InChannelBar = c.InChannelBar,
                ListStyle = c.ListStyle, ReviewLevels = c.ReviewLevels, StaleAfterDays = c.StaleAfterDays,
                Reviewers = await db.ChannelReviewers.Where(r => r.ChannelId == c.Id).Select(r => r.Level + ":" + r.UserId).ToListAsync(),
            };
        }
        else
        {
            Input.SortOrder = (Parents.Count == 0 ? 0 : Parents.Max(p => p.SortOrder)) + 1;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (!await access.MayManageChannelsAsync(User.Scope())) return Forbid();
        if (!await LoadAsync(id)) return NotFound();
        return await ActAsync(async () =>
        {
            var channel = Channel ?? NewChannel();
            var name = Input.Name?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > 50) throw new ArticleRuleException("请填写栏目名称(不超过 50 个字)。");
            if (Input.ParentId is { } parent && Parents.All(p => p.Id != parent))
                throw new ArticleRuleException("上级栏目只能是一级栏目,且不能是本栏目自己。");
            if (Input.ParentId is not null && Channel is not null && await db.Channels.AnyAsync(c => c.ParentId == Channel.Id))
                throw new ArticleRuleException("本栏目下还有子栏目,不能再挂到其他栏目下。");
            if (Input.ReviewLevels is < 1 or > Channel.MaxReviewLevels)
                throw new ArticleRuleException($"审核级数须在 1 到 {Channel.MaxReviewLevels} 之间。");
            if (Input.StaleAfterDays is < 1 or > 3650) throw new ArticleRuleException("未更新提醒天数须在 1 到 3650 之间,或留空使用默认值。");
            if (!Enum.IsDefined(Input.ListStyle)) throw new ArticleRuleException("请选择列表样式。");
            var pairs = Input.ReviewerPairs().Where(p => p.Level <= Input.ReviewLevels).ToList();
            if (pairs.Any(p => Choices.All(c => c.UserId != p.UserId))) throw new ArticleRuleException("只能指定持有审核员角色的账号。");
            var twice = pairs.GroupBy(p => p.UserId).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
                throw new ArticleRuleException($"{Choices.First(c => c.UserId == twice.Key).Name} 被指定在多个级别:同一人不能审核同一稿件的两级。");

            channel.Name = name;
            channel.ParentId = Input.ParentId;
            channel.SortOrder = Input.SortOrder;
            channel.InChannelBar = Input.InChannelBar;
            channel.ListStyle = Input.ListStyle;
            channel.ReviewLevels = Input.ReviewLevels;
            channel.StaleAfterDays = Input.StaleAfterDays;
            // A new channel's id is needed for its reviewers: both saves share one transaction.
            await using var tx = await db.Database.BeginTransactionAsync();
            if (Channel is null)
            {
                db.Channels.Add(channel);
                await db.SaveChangesAsync();
            }
            var existing = await db.ChannelReviewers.Where(r => r.ChannelId == channel.Id).ToListAsync();
            db.ChannelReviewers.RemoveRange(existing.Where(r => !pairs.Contains((r.Level, r.UserId))));
            foreach (var (level, userId) in pairs.Where(p => !existing.Any(r => r.Level == p.Level && r.UserId == p.UserId)))
                db.ChannelReviewers.Add(new ChannelReviewer { ChannelId = channel.Id, Level = level, UserId = userId });
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return $"已保存栏目“{channel.Name}”。";
        }, "/manage/channels", () =>
        {
            // A refused form answers 400, so a script or a test sees the refusal without reading the page.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        });
    }

    private Channel NewChannel()
    {
        var slug = Input.Slug?.Trim().ToLowerInvariant() ?? "";
        if (!SlugPattern().IsMatch(slug)) throw new ArticleRuleException("栏目地址只能用小写英文字母、数字和连字符(2–50 位),如 news。");
        if (db.Channels.Any(c => c.Slug == slug)) throw new ArticleRuleException($"栏目地址“{slug}”已被使用。");
        return new Channel { Slug = slug, Name = "" };
    }

    private async Task<bool> LoadAsync(int? id)
    {
        if (id is not null)
        {
            Channel = await db.Channels.FirstOrDefaultAsync(c => c.Id == id);
            if (Channel is null) return false;
        }
        Parents = await db.Channels.AsNoTracking().Where(c => c.ParentId == null && c.Id != id)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync();
        var sitePath = await access.SitePathAsync();
        Choices = await db.RoleGrants.AsNoTracking()
            .Where(g => g.Role == StaffRole.Reviewer && g.OrgUnit!.Path == sitePath && !g.User!.IsDisabled)
            .Select(g => new ReviewerChoice(g.UserId, g.User!.DisplayName)).Distinct().ToListAsync();
        Choices = Choices.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        return true;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,49}$")]
    private static partial Regex SlugPattern();
}
