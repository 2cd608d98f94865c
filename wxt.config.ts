import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome MV3 and Firefox from one config; see README "Architecture".
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
  },
});
