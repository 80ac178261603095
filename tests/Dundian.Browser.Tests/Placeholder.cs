namespace Dundian.Browser.Tests;
