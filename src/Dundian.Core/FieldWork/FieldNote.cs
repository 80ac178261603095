namespace Dundian.Core.FieldWork;

/// <summary>蹲点手记: a participant's note from his stay; approved notes may go into the anthology.</summary>
public class FieldNote : ReviewedWriting;
