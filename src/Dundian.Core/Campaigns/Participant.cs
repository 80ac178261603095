using Dundian.Core.Accounts;

namespace Dundian.Core.Campaigns;

/// <summary>
/// 参加人员: a leader taking part in one campaign. <see cref="UserId"/> links the staff account that may
/// record his field logs; many participants never sign in (the office records for them).
/// </summary>
public class Participant
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

    public static string CategoryName(ParticipantCategory c) => c switch
    {
        ParticipantCategory.CountyLeadership => "县四套班子成员",
        ParticipantCategory.CourtAndProcuratorate => "法检两长",
        ParticipantCategory.DepartmentHead => "县直部门负责人",
        ParticipantCategory.TownshipLeadership => "镇乡(街道)班子成员",
        _ => c.ToString(),
    };
}
