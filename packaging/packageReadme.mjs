// LEESMIJ.md of a package folder: what to put where, with this package's own IDs and addresses.
// docs/admin.md §5 is the full guide; this is the checklist for one release.

/**
 * @param {{ version: string, extensionId: string, geckoId: string, baseUrl: string, updateUrl: string,
 *   codebase: string, forcelistEntry: string, firefoxInstallUrl: string,
 *   files: { crx: string, updateManifest: string, unsignedXpi: string, signedXpi: string } }} info
 */
export function packageReadme(info) {
  const { files } = info;
  return `# Dossierhulp ${info.version}: pakketten voor uw eigen server

| | |
|---|---|
| Extensie-ID (Chrome, Edge) | \`${info.extensionId}\` |
| Add-on-ID (Firefox) | \`${info.geckoId}\` |
| Update-URL (Chrome, Edge) | ${info.updateUrl} |
| Installatie-URL (Firefox) | ${info.firefoxInstallUrl} |

Gebruik in al uw beleid precies deze ID's. Ze volgen uit de sleutel waarmee dit pakket is ondertekend
(Chrome en Edge) en uit \`--gecko-id\` / \`DOSSIERHULP_GECKO_ID\` (Firefox). De volledige uitleg staat in
\`docs/admin.md\`, hoofdstuk 5.

## Chrome en Edge

1. Zet \`${files.crx}\` en \`${files.updateManifest}\` in ${info.baseUrl} (het adres dat u bij het inpakken gaf).
2. Zet het beleid:
   - Linux: \`policies/chrome-linux.json\` naar \`/etc/opt/chrome/policies/managed/\` (Chromium:
     \`/etc/chromium/policies/managed/\`), \`policies/edge-linux.json\` naar \`/etc/opt/edge/policies/managed/\`.
   - Windows: \`policies/chrome-edge-windows.reg\` (alleen op computers in een AD- of Entra ID-domein, of
     ingeschreven in Chrome Enterprise Core / Intune).
   - Of de kortere lijst \`ExtensionInstallForcelist\` met de regel \`${info.forcelistEntry}\`.
3. Vervang in de \`3rdparty\`-voorbeelden de adressen van \`zorg.example\` door die van uw organisatie.

## Firefox

Firefox installeert alleen door Mozilla ondertekende add-ons. \`${files.unsignedXpi}\` is nog niet ondertekend.

1. Laat het ondertekenen als *unlisted* add-on (niet openbaar, geen review vooraf) op addons.mozilla.org:
   - in de browser: *Developer Hub* → *Submit a New Add-on* → *On your own*, upload \`${files.unsignedXpi}\`;
   - of met de opdrachtregel (API-sleutels van de Developer Hub, *Manage API Keys*):
     \`npx web-ext sign --channel=unlisted --source-dir=.output/firefox-mv3 --api-key=<JWT issuer> --api-secret=<JWT secret>\`.
   Mozilla kan de broncode vragen: upload dan \`dossierhulp-${info.version}-sources.zip\`.
   Het add-on-ID moet op addons.mozilla.org uniek zijn; kies er één van uw organisatie.
2. Zet het ondertekende bestand als \`${files.signedXpi}\` in ${info.baseUrl}.
3. Zet \`policies/firefox-policies.json\` als \`policies.json\` neer (Linux: \`/etc/firefox/policies/\`,
   Windows: \`C:\\Program Files\\Mozilla Firefox\\distribution\\\`, macOS: \`Firefox.app/Contents/Resources/distribution/\`).

## Een nieuwe versie

Verhoog \`version\` in \`package.json\`, pak opnieuw in met **dezelfde** sleutel en hetzelfde adres, en vervang
de bestanden op de server. Chrome en Edge vinden de update via \`${files.updateManifest}\`. Firefox installeert
de nieuwe versie bij de volgende start zodra \`install_url\` in \`policies.json\` naar het nieuwe bestand wijst.
`;
}
