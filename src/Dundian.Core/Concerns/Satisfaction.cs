namespace Dundian.Core.Concerns;

/// <summary>The resident's verdict at follow-up (回访). Unsatisfied reopens the concern.</summary>
public enum Satisfaction
{
    Satisfied = 1,
    BasicallySatisfied = 2,
    Unsatisfied = 3,
}
