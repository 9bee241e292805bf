/* xprobe: watches an X display from outside the app, for the GUI rows of bench/run.py.
 *
 *   xprobe wait-map TIMEOUT_S
 *       Prints "ready" once it listens, then waits for the first top-level window to be
 *       mapped (MapNotify on the root window, override-redirect windows ignored) and prints
 *       "mapped <CLOCK_MONOTONIC seconds> <window id>". The runner compares that time with
 *       the time it launched the app: start-up to window shown, without polling.
 *
 *   xprobe ping WINDOW SECONDS INTERVAL_MS
 *       Sends _NET_WM_PING to WINDOW every INTERVAL_MS for SECONDS and times each reply.
 *       Qt answers pings in its GUI thread, so the round trip is how long the event loop
 *       takes to get to an X event: the GUI stall. Prints one JSON object.
 *
 * Built by bench/run.py with `cc -O2 xprobe.c -lX11` (libx11-dev). Every wait is bounded.
 */
#define _POSIX_C_SOURCE 200809L
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Waits up to `seconds` for the X connection to have an event. */
static int wait_event(Display *dpy, double seconds)
{
    if (XPending(dpy))
        return 1;
    if (seconds <= 0)
        return 0;
    int fd = ConnectionNumber(dpy);
    fd_set set;
    FD_ZERO(&set);
    FD_SET(fd, &set);
    struct timeval tv = { (long)seconds, (long)((seconds - (long)seconds) * 1e6) };
    return select(fd + 1, &set, NULL, NULL, &tv) > 0 && XPending(dpy);
}

static int wait_map(Display *dpy, double timeout)
{
    Window root = DefaultRootWindow(dpy);
    XSelectInput(dpy, root, SubstructureNotifyMask);
    XSync(dpy, False);
    printf("ready\n");
    fflush(stdout);
    double end = now() + timeout;
    while (now() < end) {
        if (!wait_event(dpy, end - now()))
            continue;
        XEvent ev;
        XNextEvent(dpy, &ev);
        if (ev.type == MapNotify && ev.xmap.event == root && !ev.xmap.override_redirect) {
            printf("mapped %.6f %lu\n", now(), (unsigned long)ev.xmap.window);
            fflush(stdout);
            return 0;
        }
    }
    printf("timeout\n");
    return 1;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int ping(Display *dpy, Window win, double seconds, int interval_ms)
{
    Window root = DefaultRootWindow(dpy);
    Atom protocols = XInternAtom(dpy, "WM_PROTOCOLS", False);
    Atom net_wm_ping = XInternAtom(dpy, "_NET_WM_PING", False);
    /* Qt sends the reply to the root window with StructureNotify (older Qt) or
     * SubstructureNotify (newer) in the mask: listen for both. */
    XSelectInput(dpy, root, StructureNotifyMask | SubstructureNotifyMask);
    XSync(dpy, False);

    size_t cap = (size_t)(seconds * 1000 / interval_ms) + 16, sent = 0, answered = 0;
    double *sent_at = calloc(cap, sizeof(double));
    double *rtt = calloc(cap, sizeof(double));
    double interval = interval_ms / 1000.0;
    double start = now(), end = start + seconds, next = start;
    double outstanding_since = 0; /* one ping in flight at a time: a stall shows in full */
    long outstanding = -1;
    double worst_open = 0;
    while (now() < end + 1.0) {
        double t = now();
        if (outstanding < 0 && t >= next && t < end && sent < cap) {
            XEvent ev;
            memset(&ev, 0, sizeof ev);
            ev.xclient.type = ClientMessage;
            ev.xclient.window = win;
            ev.xclient.message_type = protocols;
            ev.xclient.format = 32;
            ev.xclient.data.l[0] = (long)net_wm_ping;
            ev.xclient.data.l[1] = (long)sent + 1; /* echoed back: our sequence number */
            ev.xclient.data.l[2] = (long)win;
            XSendEvent(dpy, win, False, NoEventMask, &ev);
            XFlush(dpy);
            sent_at[sent] = t;
            outstanding = (long)sent;
            outstanding_since = t;
            ++sent;
            next = t + interval;
        }
        if (outstanding < 0 && t >= end)
            break;
        double wait = outstanding >= 0 ? 0.05 : next - t;
        if (!wait_event(dpy, wait > 0 ? wait : 0.001)) {
            if (outstanding >= 0 && t - outstanding_since > worst_open)
                worst_open = t - outstanding_since;
            continue;
        }
        XEvent ev;
        XNextEvent(dpy, &ev);
        if (ev.type == ClientMessage && ev.xclient.message_type == protocols
            && (Atom)ev.xclient.data.l[0] == net_wm_ping) {
            long seq = ev.xclient.data.l[1] - 1;
            if (seq >= 0 && (size_t)seq < sent && seq == outstanding) {
                rtt[answered++] = now() - sent_at[seq];
                outstanding = -1;
            }
        }
    }
    qsort(rtt, answered, sizeof(double), cmp_double);
    double max = answered ? rtt[answered - 1] : 0;
    if (worst_open > max)
        max = worst_open; /* an unanswered ping counts for as long as we waited */
    printf("{\"sent\": %zu, \"answered\": %zu, \"p50_ms\": %.3f, \"p99_ms\": %.3f, "
           "\"max_ms\": %.3f}\n",
           sent, answered, answered ? rtt[answered / 2] * 1e3 : -1.0,
           answered ? rtt[(size_t)(answered * 0.99)] * 1e3 : -1.0, max * 1e3);
    free(sent_at);
    free(rtt);
    return answered ? 0 : 1;
}

int main(int argc, char **argv)
{
    Display *dpy = XOpenDisplay(NULL);
    if (!dpy) {
        fprintf(stderr, "xprobe: cannot open display\n");
        return 2;
    }
    int rc = 2;
    if (argc == 3 && strcmp(argv[1], "wait-map") == 0)
        rc = wait_map(dpy, atof(argv[2]));
    else if (argc == 5 && strcmp(argv[1], "ping") == 0)
        rc = ping(dpy, (Window)strtoul(argv[2], NULL, 0), atof(argv[3]), atoi(argv[4]));
    else
        fprintf(stderr, "usage: xprobe wait-map TIMEOUT_S | ping WINDOW SECONDS INTERVAL_MS\n");
    XCloseDisplay(dpy);
    return rc;
}
