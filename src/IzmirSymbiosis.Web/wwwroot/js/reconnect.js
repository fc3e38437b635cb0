// Answers the state changes of the reconnect dialog (Components/Layout/ReconnectModal.razor).
const modal = document.getElementById("components-reconnect-modal");
modal.addEventListener("components-reconnect-state-changed", onStateChanged);
document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);
document.getElementById("components-reload-button").addEventListener("click", () => location.reload());

function onStateChanged(event) {
    const state = event.detail.state;
    if (state === "show" || state === "retrying" || state === "paused") {
        if (!modal.open) {
            modal.showModal();
        }
    } else if (state === "hide") {
        modal.close();
    } else if (state === "failed") {
        document.addEventListener("visibilitychange", retryWhenVisible);
    } else if (state === "rejected") {
        // The server no longer has this circuit (restarted, or another instance answered): load the
        // page again; its state comes from the database.
        location.reload();
    }
}

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    try {
        // true: reconnected; false: the server answered but has no such circuit any more.
        const reconnected = await Blazor.reconnect();
        if (!reconnected && !(await Blazor.resumeCircuit())) {
            location.reload();
        }
    } catch {
        // Still unreachable: try again when the user comes back to the tab.
        document.addEventListener("visibilitychange", retryWhenVisible);
    }
}

async function resume() {
    try {
        if (!(await Blazor.resumeCircuit())) {
            location.reload();
        }
    } catch {
        location.reload();
    }
}

async function retryWhenVisible() {
    if (document.visibilityState === "visible") {
        await retry();
    }
}
