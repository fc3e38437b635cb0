using IzmirSymbiosis.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace IzmirSymbiosis.Web.ComponentTests;

/// <summary>
/// The popover provider renders once more after a popover has gone (the reader left a page with a
/// select), so the render tree it kept from before no longer refers to that page: heap dumps of idle
/// circuits found the field-visits page still held through MudBlazor's provider after the reader had
/// gone on to the map, and none with this one. (The heap itself cannot be checked here: bUnit's
/// JavaScript mock keeps every call's arguments, the select among them.)
/// </summary>
public sealed class PopoverRetentionTests : BunitContext, IAsyncLifetime
{
    public PopoverRetentionTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    // Each case in its own context: the app has one provider (it claims the overlay section).
    [Theory]
    [InlineData(typeof(MudPopoverProvider), 1)]
    [InlineData(typeof(SettlingPopoverProvider), 2)]
    public async Task APopoverGone_TheProviderRendersOnceMoreThanMudBlazorsOwn(Type provider, int renders) =>
        Assert.Equal(renders, await RendersAsync(provider, from: typeof(PageWithSelect), to: typeof(NextPage)));

    [Theory]
    [InlineData(typeof(MudPopoverProvider))]
    [InlineData(typeof(SettlingPopoverProvider))]
    public async Task APopoverCome_NoExtraRender(Type provider) =>
        Assert.Equal(2, await RendersAsync(provider, from: typeof(NextPage), to: typeof(PageWithSelect)));

    // How often the provider renders when the reader goes from one page to another.
    private async Task<int> RendersAsync(Type providerType, Type from, Type to)
    {
        var host = Render<Host>(p => p.Add(x => x.Provider, providerType).Add(x => x.Page, from));
        await host.InvokeAsync(() => Task.Delay(50));
        var provider = host.FindComponents<MudPopoverProvider>().Single();
        var before = provider.RenderCount;

        host.Render(p => p.Add(x => x.Page, to));
        await host.InvokeAsync(() => Task.Delay(50));

        Assert.Equal(to == typeof(PageWithSelect) ? 1 : 0, Services.GetRequiredService<IPopoverService>().ActivePopovers.Count());
        return provider.RenderCount - before;
    }

    /// <summary>The layout's part: the provider beside the page.</summary>
    private sealed class Host : ComponentBase
    {
        [Parameter]
        public Type Provider { get; set; } = default!;

        [Parameter]
        public Type Page { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent(0, Provider);
            builder.CloseComponent();
            builder.OpenComponent(1, Page);
            builder.CloseComponent();
        }
    }

    private sealed class PageWithSelect : ComponentBase
    {
        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<MudSelect<string>>(0);
            builder.CloseComponent();
        }
    }

    private sealed class NextPage : ComponentBase
    {
        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, "next");
    }
}
