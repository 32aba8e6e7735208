// File names (and, quoted, messages) that try to inject a workflow command, markup or a terminal escape.
export const HOSTILE = [
  'a\n::error file=README.md,line=1::Injected.case.yaml',
  '::error file=README.md,line=1::Injected.case.yaml',
  '  ::warning ::indented.case.yaml',
  '##[error]legacy.case.yaml',
  'clear\u001b[2J\u001b]8;;http://e\u0007link\u001b]8;;\u0007.case.yaml',
  'c1\u009b2Jcsi.case.yaml',
  'evil\u202Elmay.esac.case.yaml',
  'iso\u2066late\u2069 lrm\u200e rlm\u200f alm\u061c.case.yaml',
  'sep\u2028::error::line\u2029para.case.yaml',
  '</code></summary>\n\n# Hi [x](http://e) ![i](http://e/i.png)\n<img src=x onerror=alert(1)>.case.yaml',
  'pipe | in | name.case.yaml',
  'percent %0A::error::x %25.case.yaml',
  'cr\r::error::x.case.yaml',
  'nul\u0000bom\ufefftab\t.case.yaml',
  'lone \ud800 surrogate.case.yaml',
  '@github/security mail@example.com `odd tick.case.yaml',
];
