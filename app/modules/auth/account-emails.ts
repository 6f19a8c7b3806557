import type { Locale } from '~/modules/i18n/locales'

/**
 * Emails about the account itself, in the recipient's language. `sensitive`: its link acts for the account
 * (whoever opens it can reset, verify or change the address), so the development outbox hides it from others.
 */
export const accountEmails = {
  passwordReset: {
    en: (link: string) => ({
      subject: 'Reset your EU-Japan Circular Metals password',
      text: `Someone (we hope you) asked to reset the password of your EU-Japan Circular Metals account.\n\nChoose a new password within one hour:\n${link}\n\nIf it was not you, ignore this email: your password stays as it is.\n`,
      sensitive: true,
    }),
    ja: (link: string) => ({
      subject: 'EU-Japan Circular Metals のパスワードの再設定',
      text: `EU-Japan Circular Metals のアカウントのパスワード再設定が依頼されました。\n\n1時間以内に次のリンクから新しいパスワードを設定してください：\n${link}\n\nお心当たりがない場合は、このメールを無視してください。パスワードは変更されません。\n`,
      sensitive: true,
    }),
  },
  confirmEmailChange: {
    en: (link: string) => ({
      subject: 'Confirm your new email address for EU-Japan Circular Metals',
      text: `Confirm that this is the new email address of your EU-Japan Circular Metals account, within one hour:\n${link}\n\nIf you did not ask for this, ignore this email.\n`,
      sensitive: true,
    }),
    ja: (link: string) => ({
      subject: 'EU-Japan Circular Metals の新しいメールアドレスの確認',
      text: `EU-Japan Circular Metals のアカウントの新しいメールアドレスとして、1時間以内に次のリンクから確認してください：\n${link}\n\nお心当たりがない場合は、このメールを無視してください。\n`,
      sensitive: true,
    }),
  },
  verifyEmail: {
    en: (link: string) => ({
      subject: 'Confirm your email address for EU-Japan Circular Metals',
      text: `Welcome to EU-Japan Circular Metals. Confirm that this address is yours, within 24 hours:\n${link}\n\nIf you did not sign up, ignore this email: no account will be opened.\n`,
      sensitive: true,
    }),
    ja: (link: string) => ({
      subject: 'EU-Japan Circular Metals のメールアドレスの確認',
      text: `EU-Japan Circular Metals へようこそ。24時間以内に次のリンクからメールアドレスを確認してください：\n${link}\n\nお心当たりがない場合は、このメールを無視してください。アカウントは有効になりません。\n`,
      sensitive: true,
    }),
  },
  alreadyRegistered: {
    en: (link: string) => ({
      subject: 'Someone tried to sign up with your address on EU-Japan Circular Metals',
      text: `Someone (perhaps you) tried to create an account with this address, which already has one.\n\nLog in, or choose a new password if you forgot it:\n${link}\n\nIf it was not you, you need do nothing.\n`,
    }),
    ja: (link: string) => ({
      subject: 'EU-Japan Circular Metals：登録済みのアドレスで新規登録が試みられました',
      text: `このメールアドレスは既に登録されていますが、新しいアカウントの作成が試みられました。\n\nログインするか、パスワードをお忘れの場合は次のリンクから再設定してください：\n${link}\n\nお心当たりがない場合は、何もする必要はありません。\n`,
    }),
  },
  emailChanged: {
    en: (newEmail: string) => ({
      subject: 'Your EU-Japan Circular Metals email address was changed',
      text: `The email address of your EU-Japan Circular Metals account is now ${newEmail}.\n\nIf you did not do this, contact the EU-Japan Centre at once.\n`,
    }),
    ja: (newEmail: string) => ({
      subject: 'EU-Japan Circular Metals のメールアドレスが変更されました',
      text: `EU-Japan Circular Metals のアカウントのメールアドレスが ${newEmail} に変更されました。\n\nお心当たりがない場合は、直ちに日欧産業協力センターにご連絡ください。\n`,
    }),
  },
} satisfies Record<
  string,
  Record<Locale, (value: string) => { subject: string; text: string; sensitive?: boolean }>
>
