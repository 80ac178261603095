using Dundian.Core.Accounts;
using Dundian.Core.Common;

namespace Dundian.Core.Campaigns;

/// <summary>
/// 参加人员: a leader taking part in one campaign. <see cref="UserId"/> links the staff account that may
/// record his field logs; many participants never sign in (the office records for them).
/// </summary>
public class Participant : IRetirable
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public required string Name { get; set; }
    /// <summary>职务, e.g. 县委书记.</summary>
    public string? Title { get; set; }
    /// <summary>单位, e.g. 县委.</summary>
    public string? Unit { get; set; }
    public ParticipantCategory Category { get; set; }
    public string? UserId { get; set; }
    public AppUser? User { get; set; }
    public int? GroupId { get; set; }
    public ResearchGroup? Group { get; set; }

    /// <summary>When he left the campaign (调离, 退出); null while active. Set only by <see cref="Retire"/>.</summary>
    public DateTime? RetiredAt { get; private set; }
    public string? RetireReason { get; private set; }

    /// <summary>停用: kept with everything recorded on it (figures unchanged), hidden from pickers, refused for new work.</summary>
    public void Retire(string? reason, DateTime atUtc)
    {
        RetireReason = Retirement.Check(this, reason, Name, "停用");
        RetiredAt = atUtc;
    }

    public static string CategoryName(ParticipantCategory c) => c switch
    {
        ParticipantCategory.CountyLeadership => "县四套班子成员",
        ParticipantCategory.CourtAndProcuratorate => "法检两长",
        ParticipantCategory.DepartmentHead => "县直部门负责人",
        ParticipantCategory.TownshipLeadership => "镇乡(街道)班子成员",
        _ => c.ToString(),
    };
}
