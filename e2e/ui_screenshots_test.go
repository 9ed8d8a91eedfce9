//go:build !(js && wasm)

package e2e

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

var updateScreenshots = flag.Bool("screenshots", false, "write the README screenshots to docs/screenshots")

// maxScreenshot is the size limit of one README screenshot.
const maxScreenshot = 300 << 10

// TestUIScreenshots photographs the real app with an annotated article and a
// selected quote, in the light and dark themes at desktop and phone widths.
// With -screenshots it writes them to docs/screenshots.
func TestUIScreenshots(t *testing.T) {
	needBuild(t)
	url, _ := startServer(t)
	shots := []struct {
		name          string
		dark          bool
		width, height int64
	}{
		{"desktop-light", false, 1280, 860},
		{"desktop-dark", true, 1280, 860},
		{"phone-light", false, 390, 844},
		{"phone-dark", true, 390, 844},
	}
	for _, s := range shots {
		t.Run(s.name, func(t *testing.T) {
			ctx := newBrowser(t)
			scheme := "light"
			if s.dark {
				scheme = "dark"
			}
			if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}}); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(s.width, s.height)); err != nil {
				t.Fatal(err)
			}
			load(t, ctx, url)
			annotateText(t, ctx, uiArticle)
			// Select the first quote so the details panel shows a speaker.
			mustJS[bool](t, ctx, `(() => { const b = document.querySelector('[data-testid="quote-item"]'); if (b) b.click(); return true })()`)
			_ = waitJS(ctx, `!!document.querySelector('[data-testid="select-speaker"]')`, 3*time.Second)
			mustJS[bool](t, ctx, `(scrollTo(0, 0), true)`)
			png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(png, []byte("\x89PNG")) || len(png) > maxScreenshot {
				t.Fatalf("screenshot: %d bytes (limit %d)", len(png), maxScreenshot)
			}
			t.Logf("%s: %d bytes", s.name, len(png))
			if *updateScreenshots {
				dir := filepath.Join(repoRoot, "docs", "screenshots")
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, s.name+".png"), png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
