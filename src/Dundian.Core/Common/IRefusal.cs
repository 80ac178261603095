namespace Dundian.Core.Common;

/// <summary>
/// Marks an exception whose message is a Chinese sentence for the person who asked (a rule or bad input refused the
/// request before anything was saved). The web layer shows such a message and keeps the page; any other exception
/// is a fault and goes to the error page.
/// </summary>
public interface IRefusal;
