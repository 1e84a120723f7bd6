// Strings for deployment concerns: config.json errors, embed mode and the connect-screen presets.
export const deploymentEn = {
  config: {
    title: 'Customer Desk cannot start',
    summary_one: 'The deployment file config.json has a problem:',
    summary_other: 'The deployment file config.json has {{count}} problems:',
    problems: 'Problems in config.json',
    fix: 'Ask whoever deployed this app to correct config.json next to index.html, then reload. Nothing has been sent to any store.',
  },
  connection: {
    setByAdmin: 'Set by your administrator',
    forgetKeysHelp: 'Disconnect and remove the keys from this browser',
  },
};
