namespace Dundian.Web.Areas.Manage.Pages.Bulletins;

/// <summary>The draft's fields as posted.</summary>
public sealed class BulletinForm
{
    public string? Title { get; set; }
    public DateOnly? CutOff { get; set; }
    public string? StatisticsTemplate { get; set; }
    public string? Editor { get; set; }
    public string? Signer { get; set; }
    public string? ReportTo { get; set; }
    public string? SendTo { get; set; }
    public string? DistributeTo { get; set; }
    public int Copies { get; set; } = 50;
}
