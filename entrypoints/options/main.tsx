import { z } from 'zod';
import { render } from 'preact';
import { Options } from '../../lib/ext/ui/options/Options';
import { browserOptionsApi } from '../../lib/ext/ui/options/api';
import { PAGE_CSS } from '../../lib/ext/ui/page-css';

z.config({ jitless: true }); // zod must never try eval (MV3 CSP, and web-ext lint flags it)

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.append(style);
render(<Options api={browserOptionsApi} />, document.getElementById('app')!);
