def log = new File(basedir, 'build.log').text
def model = new File(basedir, 'model/service-2.json').canonicalPath

assert log.contains('1 problem in the model:')
assert log.contains("[E001] ${model}:5:5: at metadata: expected ',' or '}' after an object member, found '\"'")
assert !log.contains('(code ')
assert !log.contains('Source:')
assert !(log =~ /\n\s+at dev\.ecrgen\./)
return true
