//go:build race

package scripts

// raceBuild is set when the tests are built with -race: gilpy is then
// built with the race detector too.
const raceBuild = true
