using System.Runtime.CompilerServices;
using IzmirSymbiosis.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// A page the reader has left is not kept by the layout: it renders once more after a new page, so the
/// render tree kept from before (by the component around the body) no longer refers to the old page.
/// Without that second render the old page stays until the next page comes (this test then fails).
/// </summary>
public sealed class RenderRetentionTests : BunitContext
{
    [Fact]
    public void ThePageLeft_IsNotKeptByTheLayout()
    {
        var left = Navigate(typeof(SettledTestLayout));

        Assert.False(IsAlive(left));
    }

    // Renders a page in the layout, then another; returns a handle on the first page's state.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference Navigate(Type layout)
    {
        var view = Render<LayoutView>(p => p.Add(x => x.Layout, layout).Add(x => x.ChildContent, Page<LeftPage>()));
        var left = new WeakReference(view.FindComponent<LeftPage>().Instance.Rows);
        view.Render(p => p.Add(x => x.ChildContent, Page<NextPage>()));
        Assert.Empty(view.FindComponents<LeftPage>());
        return left;
    }

    private static bool IsAlive(WeakReference reference)
    {
        for (var i = 0; i < 3 && reference.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return reference.IsAlive;
    }

    private static RenderFragment Page<T>()
        where T : IComponent => b =>
        {
            b.OpenComponent<T>(0);
            b.CloseComponent();
        };

    /// <summary>A page with rows: what must not stay behind.</summary>
    private sealed class LeftPage : ComponentBase
    {
        public byte[] Rows { get; } = new byte[64 * 1024];

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Rows.Length);
    }

    private sealed class NextPage : ComponentBase
    {
        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, "next");
    }

    /// <summary>A component around the body, as MudLayout is: the page's frames are in its render tree.</summary>
    private sealed class Frame : ComponentBase
    {
        [Parameter]
        public RenderFragment? ChildContent { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, ChildContent);
    }

    private sealed class SettledTestLayout : SettlingLayout
    {
        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<Frame>(0);
            builder.AddAttribute(1, nameof(Frame.ChildContent), Body);
            builder.CloseComponent();
        }
    }
}
