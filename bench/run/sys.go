package main

import (
	"syscall"
	"time"

	"github.com/whosaid/whosaid/engine"
)

// cpuTime returns the user plus system CPU time of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func engineAnalyze(text string) (*engine.Document, error) {
	return engine.Analyze(text, engine.Options{})
}
