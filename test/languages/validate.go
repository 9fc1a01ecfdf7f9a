// Validates each instance of a JSON array read on standard input against a JSON Schema (draft-07) with
// Go's gojsonschema (Debian: golang-github-xeipuuv-gojsonschema-dev), format checking on. Prints a JSON
// array of booleans.
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go run test/languages/validate.go schemas/draft-07/job-posting.schema.json < instances.json
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/xeipuuv/gojsonschema"
)

func main() {
	path, err := filepath.Abs(os.Args[1])
	if err != nil {
		panic(err)
	}
	schema, err := gojsonschema.NewSchema(gojsonschema.NewReferenceLoader("file://" + path))
	if err != nil {
		fmt.Fprintln(os.Stderr, "schema:", err)
		os.Exit(2)
	}
	var instances []json.RawMessage
	if err := json.NewDecoder(os.Stdin).Decode(&instances); err != nil {
		fmt.Fprintln(os.Stderr, "input:", err)
		os.Exit(2)
	}
	verdicts := make([]bool, len(instances))
	for i, instance := range instances {
		result, err := schema.Validate(gojsonschema.NewBytesLoader(instance))
		verdicts[i] = err == nil && result.Valid()
	}
	out, _ := json.Marshal(verdicts)
	fmt.Println(string(out))
}
