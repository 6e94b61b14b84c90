//go:build !race

package scripts

// raceBuild is set when the tests are built with -race (see
// race_on_test.go).
const raceBuild = false
