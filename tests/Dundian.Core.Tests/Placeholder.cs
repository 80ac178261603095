namespace Dundian.Core.Tests;
