namespace Dundian.Core.Campaigns;

/// <summary>Who a participant is in the campaign: 县四套班子成员, 法检两长, 县直部门负责人, 镇乡班子成员.</summary>
public enum ParticipantCategory
{
    CountyLeadership = 1,
    CourtAndProcuratorate = 2,
    DepartmentHead = 3,
    TownshipLeadership = 4,
}
