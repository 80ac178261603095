namespace Dundian.Core.Concerns;

public static class SatisfactionNames
{
    public static string Of(Satisfaction verdict) => verdict switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        Satisfaction.Unsatisfied => "不满意",
        _ => verdict.ToString(),
    };
}
