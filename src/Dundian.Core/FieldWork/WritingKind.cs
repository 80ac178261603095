namespace Dundian.Core.FieldWork;

/// <summary>Which of the two reviewed writings: 蹲点手记 or 调研报告. Each has its own table.</summary>
public enum WritingKind
{
    FieldNote = 1,
    ResearchReport = 2,
}
