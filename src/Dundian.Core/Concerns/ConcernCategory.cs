namespace Dundian.Core.Concerns;

/// <summary>A kind of concern (道路交通, 环境卫生 …) with the time limit its handling unit has.</summary>
public class ConcernCategory
{
    public int Id { get; set; }
    /// <summary>Stable code, also the Open311 service_code.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int TimeLimitDays { get; set; } = 15;
}
