namespace Dundian.Core.FieldWork;

/// <summary>调研报告: the result of research; a <see cref="Campaigns.ResearchTopic"/> links to the report it produced.</summary>
public class ResearchReport : ReviewedWriting;
