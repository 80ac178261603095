using Dundian.Core.Concerns;

namespace Dundian.Core.Data.Demo;

/// <summary>Concern categories (also the Open311 services) with the time limits a county commonly sets.</summary>
internal static class ConcernDemoContent
{
    public static ConcernCategory[] Categories() =>
    [
        new() { Code = "roads", Name = "道路交通", Description = "道路破损、交通设施、出行不便", TimeLimitDays = 15 },
        new() { Code = "sanitation", Name = "环境卫生", Description = "垃圾清运、污水、村容村貌", TimeLimitDays = 7 },
        new() { Code = "water-power", Name = "水电供应", Description = "饮水、供电、路灯", TimeLimitDays = 7 },
        new() { Code = "fishery", Name = "渔业生产", Description = "渔船、渔港、渔货安全", TimeLimitDays = 15 },
        new() { Code = "agriculture", Name = "农业农村", Description = "农田水利、宅基地、村庄规划", TimeLimitDays = 30 },
        new() { Code = "social-security", Name = "社会保障", Description = "医保、养老、困难救助", TimeLimitDays = 15 },
        new() { Code = "public-order", Name = "社会治安", Description = "偷盗、纠纷、安全隐患", TimeLimitDays = 10 },
        new() { Code = "other", Name = "其他", Description = "其他意见建议", TimeLimitDays = 15 },
    ];
}
