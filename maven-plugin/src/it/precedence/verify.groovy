def generated = new File(basedir, 'target/generated-sources/ecrgen/com/example/demo')
def client = new File(generated, 'DemoClient.java').text

// the POM's <operations>, <model> and <basePackage> win over -Decrgen.operations, -Decrgen.model, -Decrgen.basePackage
assert client.contains('echo(')
assert !client.contains('listItems(')
assert !new File(basedir, 'target/generated-sources/ecrgen/com/example/other').exists()
return true
