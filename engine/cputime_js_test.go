//go:build js

package engine

import (
	"syscall/js"
	"time"
)

// cpuTime returns the CPU time of the JavaScript host process so far
// (node's process.cpuUsage: user and system, all threads), or 0 where the
// host has no process object, as in a browser.
func cpuTime() time.Duration {
	p := js.Global().Get("process")
	if p.Type() != js.TypeObject || p.Get("cpuUsage").Type() != js.TypeFunction {
		return 0
	}
	u := p.Call("cpuUsage")
	return time.Duration(u.Get("user").Float()+u.Get("system").Float()) * time.Microsecond
}
