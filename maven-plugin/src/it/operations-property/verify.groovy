def client = new File(basedir, 'target/generated-sources/ecrgen/com/example/demo/DemoClient.java').text

assert client.contains('echo(')
assert !client.contains('listItems(')
return true
