import { z } from 'zod';
import { render } from 'preact';
import { Popup } from '../../lib/ext/ui/popup/Popup';
import { browserApi } from '../../lib/ext/ui/popup/api';
import { PAGE_CSS } from '../../lib/ext/ui/page-css';

z.config({ jitless: true }); // zod must never try eval (MV3 CSP, and web-ext lint flags it)

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.append(style);
render(<Popup api={browserApi} />, document.getElementById('app')!);
