namespace Dundian.Web.Uploads;

/// <summary>Configuration section "Uploads": how often the sweep of unreferenced files runs (0 turns the job off).</summary>
public class UploadSweepOptions
{
    public const string Section = "Uploads";
    public double IntervalHours { get; set; } = 6;
}
