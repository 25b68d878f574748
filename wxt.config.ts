import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Dossierhulp',
    description: 'AI-registratiehulp binnen uw web-ECD. U controleert en bevestigt elke waarde.',
    permissions: ['storage', 'activeTab', 'scripting', 'sidePanel'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
  },
});
