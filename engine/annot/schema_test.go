package annot

import "testing"

func TestSchemaAcceptsSample(t *testing.T) {
	data, err := Marshal(sampleDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	checkSchema(t, data)
}
