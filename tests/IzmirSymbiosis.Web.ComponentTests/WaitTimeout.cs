using System.Runtime.CompilerServices;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// bUnit's wait for a render is one second by default and is one static value for every context. The
/// searches run on the shared test database and the search box waits 300 ms for the next key; on a loaded
/// machine (the CI runs the suites on two cores) a render can come later than that second. Set here, once,
/// before any test class is touched, so the wait does not depend on which class happens to run first.
/// </summary>
internal static class WaitTimeout
{
    [ModuleInitializer]
    internal static void Set() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(15);
}
